"""quotewire workers: the Celery app, its tasks, the Redis store and the extraction library."""
