"""The document's shape: values SQLite can keep, and the JSON Schema's rules.

Each problem becomes one sentence saying where in the document it is, what is
wrong and what to do.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import jsonschema

from breakout.errors import BreakoutError
from breakout.interchange.fields import MAX_DEPTH

# -- values a session can keep ------------------------------------------------------


def check_values(data: Any, name: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and text SQLite cannot keep whole."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BreakoutError(
                f"{name} nests lists or objects too deeply to be a Breakout session export"
            )
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, where or "a key", name)
                stack.append((item, f"{where}.{_key(key)}" if where else _key(key), depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(value, where, name)


def _check_text(text: str, where: str, name: str) -> None:
    if "\x00" in text:
        raise BreakoutError(
            f"{where} in {name} holds a NUL character (\\u0000); remove it and try again"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BreakoutError(
            f"{where} in {name} holds a broken character (a lone surrogate such as "
            "\\ud800); export it again from the program that wrote it"
        ) from None


# -- the shape, by the JSON Schema --------------------------------------------------


def is_whole(_checker: object, value: Any) -> bool:
    """A JSON integer SQLite can keep (never true or false, never 1.0)."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63


def _is_number(_checker: object, value: Any) -> bool:
    """A JSON number SQLite can keep: finite (times are bounded by the schema itself)."""
    return is_whole(None, value) or (isinstance(value, float) and math.isfinite(value))


@functools.cache
def _validator() -> Any:
    """The schema's validator, with JSON's integers and numbers as SQLite keeps them."""
    schema = json.loads(
        resources.files("breakout").joinpath("schema/session.schema.json").read_text("utf-8")
    )
    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine_many({"integer": is_whole, "number": _is_number})
    return jsonschema.validators.extend(base, type_checker=checker)(schema)


def schema_problem(data: Any, name: str) -> str | None:
    """The JSON Schema's best-matching error in the document as a sentence, or None."""
    problem = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    return None if problem is None else _sentence(problem, name)


#: How the schema's types read in a sentence.
_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "boolean": "true or false",
    "object": "an object ({…})",
    "array": "a list ([…])",
    "null": "null",
}


def _place(path: Iterable[Any]) -> str:
    """A place in the document as a reader finds it: ``contributions[3].participant``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{_key(step)}" if out else _key(step))
    return out


def _key(key: str) -> str:
    """A key as a place name: as it is when it is a plain name, else quoted and escaped."""
    return key if key.isidentifier() else show(key)


def _sentence(error: Any, name: str) -> str:
    """jsonschema's best match as one sentence: where in the document, what is wrong, what to do."""
    where = _place(error.absolute_path)
    at = f"{where} in {name}" if where else name
    rule, wanted, value = error.validator, error.validator_value, error.instance
    schema = error.schema
    if rule == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        extra = next(key for key in value if key not in allowed)
        if not where:
            return (
                f"{name} has a section {show(extra)} that a Breakout session export does not have"
                f" (it may have {', '.join(allowed)}); rename or remove it"
            )
        return (
            f"{at} has a field {show(extra)} that Breakout does not know (it may have "
            f"{', '.join(allowed)}); rename or remove it, so that nothing in it is lost"
        )
    if rule == "required":
        missing = next(field for field in wanted if field not in value)
        if not where:
            return f'{name} has no "{missing}" object, so it is not a Breakout session export'
        if missing.endswith("_at"):
            return (
                f'{at} lacks "{missing}"; add the time in Unix seconds (without it the time'
                " would read as 1 January 1970)"
            )
        return f'{at} lacks "{missing}"; add it'
    if rule == "pattern" or (rule == "minLength" and wanted == 1):
        return f"{at} is empty; write the text or remove the entry"
    kinds = ([wanted] if isinstance(wanted, str) else list(wanted)) if rule == "type" else []
    too_large = isinstance(value, int | float) and not _is_number(None, value)
    numeric = {"integer", "number"} & set(kinds) and not isinstance(value, bool)
    bounds = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
    if rule in bounds or (rule == "type" and numeric and too_large):
        return _out_of_range(at, schema, value)
    if rule == "type":
        words = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in kinds)
        return f"{at} must be {words}, not {show(value)}"
    if rule == "enum":
        return f"{at} must be one of {', '.join(map(str, wanted))}, not {show(value)}"
    if rule == "minItems":
        return f"{at} must list at least {wanted} entries, not {len(value)}; add to it"
    if rule == "uniqueItems":
        return f"{at} lists the same id twice; list each once"
    return f"{at} is not what a Breakout session export holds there ({error.message[:80]})"


def _out_of_range(at: str, schema: Mapping[str, Any], value: Any) -> str:
    """A number a field cannot hold: beyond its bounds, or beyond what a session keeps."""
    shown = show(value)
    if "exclusiveMaximum" in schema:  # a time
        return f"{at} is {shown}, not a time Breakout can keep; give it in Unix seconds"
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return f"{at} must be between {low} and {high}, not {shown}"
    if low is not None:
        return f"{at} must be at least {low}, not {shown}"
    if high is not None:
        return f"{at} must be at most {high}, not {shown}"
    return f"{at} is {shown}, a number Breakout cannot keep (too large, or not finite); correct it"


def show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"
