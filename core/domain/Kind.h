// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace rt {

/** Every kind of row a session holds; the store, models and commands are generic over it. */
enum class Kind {
    None = -1,
    Event,
    Source,
    Prompt,
    Poll,
    PollOption,
    Vote,
    AgendaItem,
    Table,
    Note,
    Place,
    Aim,
    Idea,
    Driver,
    Action,
    IndicatorColumn,
    Indicator,
    ActionUpdate, ///< a dated progress note on an action, with the status it recorded
    IndicatorReading, ///< a later period's values of an indicator (the baseline stays in the row)
};
constexpr int KindCount = int(Kind::IndicatorReading) + 1;

} // namespace rt

Q_DECLARE_METATYPE(rt::Kind)
