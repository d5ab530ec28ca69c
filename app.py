"""Entry point: `python app.py` locally, or a Hugging Face Space (which runs this file)."""

from demo.app import build_app, launch

demo = build_app()

if __name__ == "__main__":
    launch(demo)
