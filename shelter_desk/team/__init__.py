"""The team's laptops: offline sync of one vault between a shelter's paired laptops.

A per-field change log (record, field, value, hybrid logical clock, device) exchanged by
what each side lacks (a version vector), merged as multi-value registers so that two
concurrent edits of one field stay a visible conflict a person resolves, never a silent
last-writer-wins. See DESIGN.md, "Next: the team's laptops".
"""
