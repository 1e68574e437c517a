"""detector: tells whether a web page is a low-quality republisher (content farm or scraper)."""

__version__ = "0.1.0"
