"""`shelter-desk`: the command line. Each verb opens the vault, calls a service, prints."""

from shelter_desk.cli.main import main

__all__ = ["main"]
