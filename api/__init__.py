"""quotewire HTTP API."""
