"""Settings -> Seguridad de la bóveda: the master key, the opt-in wipe and duress passphrase."""
