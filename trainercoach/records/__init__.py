"""The plain records the services hand out, one module per domain.

Windows, the command line, charts and reports hold these, never ORM objects; nothing here imports
SQLAlchemy, the database or the services, so charts and reports can import them without either.
"""
