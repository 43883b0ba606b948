"""The daily case work inside a case file: barriers, notes, tasks, referrals, consents,
history. Each tab reads the CaseFile it is shown and calls one service per action."""
