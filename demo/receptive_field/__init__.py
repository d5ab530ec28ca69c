"""Receptive fields: the (P+K-1) rule, and the effective field measured on a picture."""
