"""Importing a spreadsheet: choose the file, say which column is which, review, import."""
