"""The comparison figure (``nnviz compare``, the Compare window): curves, table, small multiples."""
