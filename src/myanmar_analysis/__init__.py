"""myanmar-analysis: traceable event extraction from reporting on Myanmar's civil war.

Public entry points (imported lazily so ``import myanmar_analysis`` stays fast):
``load_articles``, ``sentences``, ``build``.
"""

__version__ = "0.1.0"

__all__ = ["load_articles", "sentences", "build", "__version__"]


def __getattr__(name):
    if name == "load_articles":
        from .corpus import load_articles
        return load_articles
    if name == "sentences":
        from .tidy import sentences
        return sentences
    if name == "build":
        from .pipeline import build
        return build
    raise AttributeError(f"module 'myanmar_analysis' has no attribute {name!r}")
