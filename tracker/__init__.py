"""tracker: TV premieres from the news, kept as exact dates or honest windows."""

__version__ = "0.1.0"

__all__ = ["__version__"]
