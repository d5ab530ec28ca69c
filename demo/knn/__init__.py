"""k-nearest neighbours, the lecture's "memorise all the data": one package, seven modules.

- `index`: FAISS indexes (exact, IVF, HNSW) and the k-NN vote;
- `embeddings`: the vectors compared (pixels, PCA, CNN features), cached on disk;
- `pipeline`: the tab's steps, from a dataset's name to a search or an accuracy report;
- `scaling`: "is it realizable?", the measured cost as N grows, carried to all the world's images;
- `toy`: the 2-D decision-region toy;
- `maps`: a dataset drawn flat (t-SNE) in pixels and in CNN features, with each space's neighbourhood agreement;
- `figures`: their plotly figures.

The names below are what the k-NN tab uses.
"""

from demo.knn import embeddings, figures, maps, pipeline, scaling, toy
from demo.knn.embeddings import SPACES, Embedding, embed, embed_images
from demo.knn.index import (DEFAULT_EF_SEARCH, DEFAULT_HNSW_M, DEFAULT_NPROBE, INDEX_KINDS, METRICS, SIMILARITIES,
                            KnnIndex, Neighbours, build_index, check_k, classify)
from demo.knn.pipeline import (MAX_ACCURACY_K, AccuracyReport, IndexSettings, SearchResult, accuracy_report,
                               parse_settings, search)

__all__ = [
    "embeddings", "figures", "maps", "pipeline", "scaling", "toy", "SPACES", "Embedding", "embed", "embed_images",
    "DEFAULT_EF_SEARCH", "DEFAULT_HNSW_M", "DEFAULT_NPROBE", "INDEX_KINDS", "METRICS", "SIMILARITIES", "KnnIndex",
    "Neighbours", "build_index", "check_k", "classify", "MAX_ACCURACY_K", "AccuracyReport", "IndexSettings",
    "SearchResult", "accuracy_report", "parse_settings", "search"
]
