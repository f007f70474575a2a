"""Settings are validated: a malformed or out-of-range value keeps its default and is reported, never a crash."""
from __future__ import annotations

import pytest

from scalawasi.server.settings import MAX_MEMORY_LIMIT_MIB, MAX_TIME_LIMIT_SECONDS, RunSettings, Settings


@pytest.mark.parametrize("run, problem", [
    ({"args": 5}, "run.args must be a list of strings, not 5"),
    ({"args": [{"a": 1}]}, "run.args must be a list of strings"),
    ({"memoryLimitMiB": 1e300}, f"run.memoryLimitMiB must be greater than 0 and at most {MAX_MEMORY_LIMIT_MIB}"),
    ({"timeLimitSeconds": 1e300}, f"run.timeLimitSeconds must be greater than 0 and at most {MAX_TIME_LIMIT_SECONDS}"),
    ({"timeLimitSeconds": float("nan")}, "run.timeLimitSeconds must be a number"),
    ({"outputLimitBytes": -1}, "run.outputLimitBytes must be greater than 0"),
    ({"stackSizeKiB": "big"}, "run.stackSizeKiB must be a number"),
    ({"maxConcurrentRuns": 0}, "run.maxConcurrentRuns must be greater than 0"),
    ({"env": ["A=1"]}, "run.env must be an object, not a list"),
])
def test_a_bad_run_setting_keeps_its_default_and_is_reported(run, problem):
    settings = Settings.from_json({"scalawasi": {"run": run}})
    assert settings.run == RunSettings()
    assert len(settings.problems) == 1 and settings.problems[0].startswith(problem)


def test_other_bad_settings_are_reported():
    settings = Settings.from_json({"checks": {"segment-escape": "loud"}, "build": {"unchecked": "yes"},
                                   "diagnostics": {"debounceMs": 1e9}, "run": 3})
    assert settings == Settings(problems=settings.problems)
    assert len(settings.problems) == 4
    assert Settings.from_json([1, 2]).problems == ("the settings must be an object, not a list",)
    assert Settings.from_json(None) == Settings()


def test_good_settings_are_taken_without_problems():
    settings = Settings.from_json({"run": {"timeLimitSeconds": 2.5, "memoryLimitMiB": 64, "stackSizeKiB": 4096,
                                           "maxConcurrentRuns": 3, "args": ["a", 1], "env": {"K": "V"}},
                                   "checks": {"segment-escape": "off"}, "build": {"unchecked": True}})
    assert settings.problems == ()
    assert settings.run == RunSettings(time_limit_seconds=2.5, memory_limit_mib=64, stack_size_kib=4096,
                                       max_concurrent_runs=3, args=("a", "1"), env=(("K", "V"),))
    assert settings.checks == {"segment-escape": "off"} and settings.unchecked
