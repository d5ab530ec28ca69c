"""`python -m demo.train NAME`: train a lecture network and write its weights (demo.train.recipes)."""

from demo.train.recipes import main

if __name__ == "__main__":
    main()
