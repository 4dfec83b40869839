"""A module that takes three seconds to import: a fork server preloading it is still starting when
the test's Ctrl-C comes (see test_pool_ctrl_c_at_start)."""

import time

time.sleep(3)
