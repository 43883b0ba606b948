"""The desktop app: the only package that imports Qt. Windows hold plain objects returned
by the services; they never open a database session themselves."""
