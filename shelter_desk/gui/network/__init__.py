"""The Network page: the report for the network, previewed, approved and exported."""
