"""The lecture's own content as data: the course map, the vision pipeline, the references.

Kept apart from the views so an instructor edits one list here, and so tests can check that the
References tab carries every work the lecture cites.
"""

from dataclasses import dataclass

LECTURE_TITLE = "Image classification I"

# The ten topics of the course, in order; `True` marks this lecture.
COURSE_MAP: list[tuple[str, str, bool]] = [
    ("Image classification I", "k-NN, the perceptron, CNNs, LeNet-5, AlexNet, VGG, receptive fields", True),
    ("Image classification II", "deeper networks: ResNet, normalisation, training practice", False),
    ("Object detection", "from sliding windows to two-stage and one-stage detectors", False),
    ("Segmentation", "semantic, instance and panoptic segmentation (Kirillov et al. 2019)", False),
    ("Video and motion", "optical flow, tracking, action recognition", False),
    ("3-D vision", "depth, ego-motion and geometry from images (Gordon et al. 2019)", False),
    ("Generative models", "autoencoders, GANs, diffusion; style transfer (Huang & Belongie 2017)", False),
    ("Explainability", "what did the network look at? Grad-CAM (Selvaraju et al. 2017)", False),
    ("Self-supervised learning", "learning representations without labels", False),
    ("Vision and language", "captioning, retrieval, open-vocabulary recognition", False),
]

# What computer vision is: the chain from the world to an interpretation of it.
VISION_PIPELINE = ["visual world", "sensing device", "interpreting device", "interpretation"]


@dataclass(frozen=True)
class Reference:
    key: str
    authors: str
    title: str
    venue: str
    url: str
    cited_for: str


REFERENCES: list[Reference] = [
    Reference("thompson1980", "P. Thompson", "Margaret Thatcher: a new illusion",
              "Perception 9(4):483-484, 1980", "https://doi.org/10.1068/p090483",
              "the Thatcher illusion: perception is not a faithful camera"),
    Reference("kirillov2019", "A. Kirillov, K. He, R. Girshick, C. Rother, P. Dollár", "Panoptic Segmentation",
              "CVPR 2019", "https://arxiv.org/abs/1801.00868",
              "what vision systems output today: every pixel labelled with a class and an instance"),
    Reference("gordon2019", "A. Gordon, H. Li, R. Jonschkowski, A. Angelova",
              "Depth from Videos in the Wild: Unsupervised Monocular Depth Learning from Unknown Cameras",
              "ICCV 2019", "https://arxiv.org/abs/1904.04998",
              "vision as the inverse of graphics: recovering 3-D structure from images"),
    Reference("huang2017", "X. Huang, S. Belongie",
              "Arbitrary Style Transfer in Real-time with Adaptive Instance Normalization",
              "ICCV 2017", "https://arxiv.org/abs/1703.06868",
              "networks that render images: the other direction of the pipeline"),
    Reference("selvaraju2017", "R. R. Selvaraju, M. Cogswell, A. Das, R. Vedantam, D. Parikh, D. Batra",
              "Grad-CAM: Visual Explanations from Deep Networks via Gradient-based Localization",
              "ICCV 2017", "https://arxiv.org/abs/1610.02391",
              "seeing which pixels a classifier's decision rests on"),
    Reference("lecun1998", "Y. LeCun, L. Bottou, Y. Bengio, P. Haffner",
              "Gradient-based learning applied to document recognition",
              "Proceedings of the IEEE 86(11):2278-2324, 1998", "https://doi.org/10.1109/5.726791",
              "LeNet-5 and the MNIST digits"),
    Reference("krizhevsky2012", "A. Krizhevsky, I. Sutskever, G. E. Hinton",
              "ImageNet Classification with Deep Convolutional Neural Networks", "NIPS 2012",
              "https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html",
              "AlexNet: ReLU, dropout, local response normalisation, two GPUs"),
    Reference("simonyan2015", "K. Simonyan, A. Zisserman",
              "Very Deep Convolutional Networks for Large-Scale Image Recognition", "ICLR 2015",
              "https://arxiv.org/abs/1409.1556", "VGG: stacks of 3x3 convolutions, 16 and 19 layers"),
]


# Not cited on the slides, but where the app's explanations come from.
FURTHER_READING: list[Reference] = [
    Reference("araujo2019", "A. Araujo, W. Norris, J. Sim", "Computing Receptive Fields of Convolutional Neural Networks",
              "Distill, 2019", "https://distill.pub/2019/computing-receptive-fields/",
              "the receptive-field recurrence of the Receptive field and Architectures tabs"),
    Reference("luo2016", "W. Luo, Y. Li, R. Urtasun, R. Zemel",
              "Understanding the Effective Receptive Field in Deep Convolutional Neural Networks", "NIPS 2016",
              "https://arxiv.org/abs/1701.04128", "why the effective receptive field is smaller than the theoretical one"),
    Reference("ioffe2015", "S. Ioffe, C. Szegedy",
              "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
              "ICML 2015", "https://arxiv.org/abs/1502.03167", "batch norm, compared with LRN"),
]
