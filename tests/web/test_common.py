"""The web kit's memory of pictures and first looks (demo/web/common.py)."""

import os

import numpy as np

from demo.web import common


def test_a_first_look_whose_picture_is_gone_is_made_again_and_its_picture_written_again():
    picture = np.full((6, 6), 123, np.uint8)
    path = common.picture_file(picture)
    answer = (path, "a sentence", [(path, "a caption")], None)
    assert common._pictures_exist(answer)
    os.remove(path)  # gradio's cache swept under a running server
    assert not common._pictures_exist(answer)
    assert not common._pictures_exist([(path, "a caption")])
    again = common.picture_file(picture)  # remembered, but missing: written again
    assert again == path and os.path.exists(again)
    assert common._pictures_exist(answer)
