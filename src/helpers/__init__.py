"""khabar's helpers: the importable logic behind the notebooks.

Data flows one way::

    raw files --> helpers.corpus   (stories table, zones table, cleaning report)
              --> helpers.text     (normalise, tokenise: tokens table with offsets)
              --> helpers.freq     (term frequencies, n-grams, TF-IDF, keyness)
                  helpers.entities (mentions and entity counts)
                  helpers.quotes, helpers.kwic
              --> helpers.charts   (matplotlib figures, word clouds)
              --> notebooks

Every table-shaped function takes and returns a :class:`pandas.DataFrame` whose
columns are documented in its docstring. Errors raised on bad input are
subclasses of :class:`helpers.errors.KhabarError`.
"""

__version__ = "0.1.0"
