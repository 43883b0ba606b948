"""Statistics in the app: the dashboard, its charts and tables, and the PDF report."""
