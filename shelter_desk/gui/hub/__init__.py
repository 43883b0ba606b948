"""The network hub in the app: joining and "Send now", and the protocol library."""
