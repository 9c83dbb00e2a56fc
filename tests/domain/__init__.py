"""Tests of the pure domain layer (a package so test module names never clash across folders)."""
