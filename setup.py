"""Packaging hook: ship the top-level migrations/ and resources/ inside the jewelpos package.

pyproject.toml holds the metadata; only the package list lives here, because pyproject's
``packages.find`` cannot add packages from outside ``src`` under other names.
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
packages = find_packages("src")
package_dir = {"": "src"}
if (HERE / "migrations").is_dir():
    package_dir["jewelpos.migrations"] = "migrations"
    packages += ["jewelpos.migrations", "jewelpos.migrations.versions"]
package_dir["jewelpos.resources"] = "resources"
packages.append("jewelpos.resources")

setup(
    packages=sorted(set(packages)),
    package_dir=package_dir,
    package_data={
        "jewelpos": ["py.typed"],
        "jewelpos.migrations": ["script.py.mako"],
        "jewelpos.server.migrations": ["script.py.mako"],
        "jewelpos.resources": [
            "translations/*.qm",
            "styles/*.qss",
            "icons/*.ico",
            "icons/*.png",
            "fonts/*.ttf",
        ],
    },
)
