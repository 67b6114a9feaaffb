"""Files Breakout ships: demo data, fonts, styles. Read them with importlib.resources."""
