"""Packaged resources (fonts with their licences, icons), reached through importlib.resources."""
