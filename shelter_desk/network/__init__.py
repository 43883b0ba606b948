"""The network report: aggregate tables, disclosure control, the signed report and its
transports. Pure: no SQL, no Qt (the vault side lives in reports/ and services/)."""
