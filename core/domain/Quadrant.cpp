// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Quadrant.h"

namespace rt {

Quadrant quadrantOf(double impact, double effort)
{
    const bool high = impact >= 0.5;
    const bool difficult = effort >= 0.5;
    if (difficult)
        return high ? Quadrant::Challenge : Quadrant::Kibosh;
    return high ? Quadrant::Implement : Quadrant::Possible;
}

QString quadrantKey(Quadrant q)
{
    switch (q) {
    case Quadrant::Possible:
        return QStringLiteral("possible");
    case Quadrant::Implement:
        return QStringLiteral("implement");
    case Quadrant::Challenge:
        return QStringLiteral("challenge");
    case Quadrant::Kibosh:
        return QStringLiteral("kibosh");
    }
    return {};
}

bool quadrantFromKey(const QString& key, Quadrant* out)
{
    for (Quadrant q : {Quadrant::Possible, Quadrant::Implement, Quadrant::Challenge, Quadrant::Kibosh}) {
        if (quadrantKey(q) == key) {
            *out = q;
            return true;
        }
    }
    return false;
}

void quadrantCentre(Quadrant q, double* impact, double* effort)
{
    const bool high = q == Quadrant::Implement || q == Quadrant::Challenge;
    const bool difficult = q == Quadrant::Challenge || q == Quadrant::Kibosh;
    *impact = high ? 0.75 : 0.25;
    *effort = difficult ? 0.75 : 0.25;
}

} // namespace rt
