"""The WSGI entry point for gunicorn: ``api.wsgi:app``."""

from api import create_app
from api.language import detector

app = create_app()
detector()  # each gunicorn worker loads the language model before its first request
