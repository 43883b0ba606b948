"""The case handoff's package: what is sent (a manifest and its parts), the sending
organisation's Ed25519 signature over the manifest, and the age encryption to the receiving
organisation's keys. Pure: no vault, no network; services/handoff_*.py use it."""
