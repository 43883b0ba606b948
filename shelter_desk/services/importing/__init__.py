"""Import from spreadsheets (CSV, XLSX): read, map columns, check every row, then write
all of it in one transaction, or nothing."""
