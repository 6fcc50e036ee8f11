"""
The OCDS community's own checks on files the ledger published (docs/ocds.md "Validation"):

1. lib-cove-ocds (the library of the OCP Data Review Tool) on each package: schema validation
   against OCDS 1.1.5, closed codelists, conformance checks. Any validation error, any value
   outside a closed codelist, or any conformance error fails the check. It runs offline: the
   standard is the schemas kept in schema/ plus the 1.1.5 codelists kept in codelists-1__1__5/,
   zipped the way lib-cove-ocds expects (--standard-zip). The declared extensions cannot be
   downloaded here, so their fields count as additional fields (reported, not failed).
2. ocdskit compile (ocdsmerge) on the release package: the community's merge of our releases must
   equal the compiledRelease of our record package for every ocid.

Usage: community-check.py RELEASE_PACKAGE RECORD_PACKAGE [MORE_PACKAGES...]; exit 1 on any error.
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile

import libcoveocds.api
import requests
from libcoveocds.config import LibCoveOCDSConfig

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, ".venv", "bin")
SCHEMAS = ["release-schema.json", "release-package-schema.json", "record-package-schema.json", "versioned-release-validation-schema.json"]


def schema_dir():
    # The copies kept in the repository (tools/ocds/schema), so a clone checks with nothing beside it.
    return os.environ.get("OCDS_SCHEMA_DIR") or os.path.join(HERE, "schema")


def standard_zip(target):
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("standard-1__1__5/", "")
        for name in SCHEMAS:
            z.write(os.path.join(schema_dir(), name), f"standard-1__1__5/schema/{name}")
        codelists = os.path.join(HERE, "codelists-1__1__5")
        for name in sorted(os.listdir(codelists)):
            z.write(os.path.join(codelists, name), f"standard-1__1__5/schema/codelists/{name}")


STANDARD_URL = "https://standard.open-contracting.org/schema/1__1__5/"
_online_get = requests.get


def offline_get(url, *args, **kwargs):
    """The package schemas refer to the release and versioned-release schemas by URL: answer those from schema/."""
    if isinstance(url, str) and url.startswith(STANDARD_URL) and url[len(STANDARD_URL):] in SCHEMAS:
        response = requests.models.Response()
        response.status_code = 200
        response.url = url
        response.encoding = "utf-8"
        with open(os.path.join(schema_dir(), url[len(STANDARD_URL):]), "rb") as f:
            response._content = f.read()
        return response
    return _online_get(url, *args, **kwargs)


requests.get = offline_get


def cove(path, zip_path, out_dir):
    config = LibCoveOCDSConfig()
    config.config["standard_zip"] = f"file://{zip_path}"
    config.config["context"] = "api"
    os.makedirs(out_dir, exist_ok=True)
    try:
        return libcoveocds.api.ocds_json_output(out_dir, path, "1.1", convert=False, lib_cove_ocds_config=config)
    except Exception as error:  # noqa: BLE001 - reported as a failed check with its cause
        print(f"{type(error).__name__}: {str(error)[:2000]}")
        return None


def main(paths):
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = os.path.join(tmp, "standard.zip")
        standard_zip(zip_path)
        for index, path in enumerate(paths):
            report = cove(path, zip_path, os.path.join(tmp, f"out{index}"))
            if report is None:
                print(f"FAIL {path}: lib-cove-ocds did not run")
                failures += 1
                continue
            errors = {
                "validation_errors": report.get("validation_errors") or [],
                "additional_closed_codelist_values": report.get("additional_closed_codelist_values") or {},
                "conformance_errors": report.get("conformance_errors") or {},
            }
            bad = {k: v for k, v in errors.items() if v}
            extensions = report.get("extensions") or {}
            notes = (
                f"{len(report.get('additional_fields') or report.get('all_additional_fields') or [])} additional field(s), "
                f"{len(report.get('additional_open_codelist_values') or {})} open codelist value(s) outside the codelists, "
                f"extensions not retrievable offline: {len((extensions.get('invalid_extension') or {}))}"
            )
            if bad:
                failures += 1
                print(f"FAIL {path}: {json.dumps(bad)[:4000]}")
            else:
                print(f"ok   {path}: lib-cove-ocds found no error ({notes})")
        # The community's merge against ours.
        release_package, record_package = paths[0], paths[1]
        with open(release_package, "rb") as stdin:
            compiled = subprocess.run(
                [os.path.join(BIN, "ocdskit"), "compile", "--schema", os.path.join(schema_dir(), "release-schema.json")],
                stdin=stdin,
                capture_output=True,
                text=True,
            )
        if compiled.returncode != 0:
            print(f"FAIL ocdskit compile: {compiled.stderr[-2000:]}")
            return 1
        theirs = {c["ocid"]: c for c in (json.loads(line) for line in compiled.stdout.splitlines() if line.strip())}
        with open(record_package, encoding="utf-8") as f:
            ours = {r["ocid"]: r["compiledRelease"] for r in json.load(f)["records"]}
        differing = sorted(ocid for ocid in set(theirs) | set(ours) if theirs.get(ocid) != ours.get(ocid))
        if differing:
            failures += 1
            print(f"FAIL ocdskit compile differs from our compiledRelease for {len(differing)} ocid(s), e.g. {differing[0]}")
            first = differing[0]
            print(json.dumps({"ocdskit": theirs.get(first), "ours": ours.get(first)})[:4000])
        else:
            print(f"ok   ocdskit compile (ocdsmerge) equals our compiledRelease for all {len(ours)} record(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
