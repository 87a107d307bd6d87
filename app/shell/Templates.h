// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in templates are core/interchange/Templates.h (shared with the command line). This
// forwarder only keeps older include lines building (tests/gui); include the core header instead.
#pragma once

#include "interchange/Templates.h"
