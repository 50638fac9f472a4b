"""PDF documents (reportlab, no Qt): forms to print, evaluations to hand out."""
