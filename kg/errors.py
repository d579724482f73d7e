"""The project's own exceptions.  The CLI turns each into a one-line error."""


class KGError(Exception):
    """Base class: a problem the user can act on, reported in one line."""


class InputError(KGError):
    """A file or folder that cannot be read as an article."""


class ModelError(KGError):
    """The spaCy pipeline is missing or unusable."""


class StoreError(KGError):
    """The store cannot be opened, is locked, or refused an operation."""


class QueryError(KGError):
    """A SPARQL query is malformed, unknown, or not allowed."""


class FormatError(KGError):
    """An unknown export or output format."""
