"""The lecture's own content as data: its title and the works it cites.

Kept apart from the views so an instructor edits one list here, and so tests can check that the
References tab carries every work the lecture cites. What the lecture says in words is in both
languages in demo/i18n's tables: the course map ("overview.md.course_map"), the vision pipeline
("overview.html.pipeline"), and why each work is cited ("overview.references.why.<key>", one per reference).
"""

from dataclasses import dataclass

LECTURE_TITLE = "Image classification I"  # its heading, and its place on the course map, are in the tables


@dataclass(frozen=True)
class Reference:
    key: str
    authors: str
    title: str
    venue: str
    url: str

    @property
    def why(self) -> str:
        """The key of the sentence saying what the lecture cites it for, in demo/i18n's tables."""
        return f"overview.references.why.{self.key}"


REFERENCES: list[Reference] = [
    Reference("thompson1980", "P. Thompson", "Margaret Thatcher: a new illusion",
              "Perception 9(4):483-484, 1980", "https://doi.org/10.1068/p090483"),
    Reference("kirillov2019", "A. Kirillov, K. He, R. Girshick, C. Rother, P. Dollár", "Panoptic Segmentation",
              "CVPR 2019", "https://arxiv.org/abs/1801.00868"),
    Reference("gordon2019", "A. Gordon, H. Li, R. Jonschkowski, A. Angelova",
              "Depth from Videos in the Wild: Unsupervised Monocular Depth Learning from Unknown Cameras",
              "ICCV 2019", "https://arxiv.org/abs/1904.04998"),
    Reference("huang2017", "X. Huang, S. Belongie",
              "Arbitrary Style Transfer in Real-time with Adaptive Instance Normalization",
              "ICCV 2017", "https://arxiv.org/abs/1703.06868"),
    Reference("selvaraju2017", "R. R. Selvaraju, M. Cogswell, A. Das, R. Vedantam, D. Parikh, D. Batra",
              "Grad-CAM: Visual Explanations from Deep Networks via Gradient-based Localization",
              "ICCV 2017", "https://arxiv.org/abs/1610.02391"),
    Reference("lecun1998", "Y. LeCun, L. Bottou, Y. Bengio, P. Haffner",
              "Gradient-based learning applied to document recognition",
              "Proceedings of the IEEE 86(11):2278-2324, 1998", "https://doi.org/10.1109/5.726791"),
    Reference("krizhevsky2012", "A. Krizhevsky, I. Sutskever, G. E. Hinton",
              "ImageNet Classification with Deep Convolutional Neural Networks", "NIPS 2012",
              "https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html"),
    Reference("simonyan2015", "K. Simonyan, A. Zisserman",
              "Very Deep Convolutional Networks for Large-Scale Image Recognition", "ICLR 2015",
              "https://arxiv.org/abs/1409.1556"),
]


# Not cited on the slides, but where the app's explanations come from.
FURTHER_READING: list[Reference] = [
    Reference("araujo2019", "A. Araujo, W. Norris, J. Sim",
              "Computing Receptive Fields of Convolutional Neural Networks", "Distill, 2019", "https://distill.pub/2019/computing-receptive-fields/"),
    Reference("luo2016", "W. Luo, Y. Li, R. Urtasun, R. Zemel",
              "Understanding the Effective Receptive Field in Deep Convolutional Neural Networks", "NIPS 2016",
              "https://arxiv.org/abs/1701.04128"),
    Reference("ioffe2015", "S. Ioffe, C. Szegedy",
              "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
              "ICML 2015", "https://arxiv.org/abs/1502.03167"),
    Reference("cover1967", "T. M. Cover, P. E. Hart", "Nearest neighbor pattern classification",
              "IEEE Transactions on Information Theory 13(1):21-27, 1967", "https://doi.org/10.1109/TIT.1967.1053964"),
    Reference("zeiler2014", "M. D. Zeiler, R. Fergus", "Visualizing and Understanding Convolutional Networks",
              "ECCV 2014", "https://arxiv.org/abs/1311.2901"),
    Reference("wang2020", "Z. J. Wang, R. Turko, O. Shaikh, H. Park, N. Das, F. Hohman, M. Kahng, D. H. Chau",
              "CNN Explainer: Learning Convolutional Neural Networks with Interactive Visualization",
              "IEEE Transactions on Visualization and Computer Graphics 27(2):1396-1406, 2021 (VIS 2020)",
              "https://arxiv.org/abs/2004.15004"),
]
