"""Spreadsheet exports of the lists the app shows (CSV and XLSX)."""
