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

QColor quadrantFill(Quadrant q)
{
    switch (q) {
    case Quadrant::Possible:
        return {0xDA, 0xE9, 0xF8};
    case Quadrant::Implement:
        return {0xDB, 0xF0, 0xD5};
    case Quadrant::Challenge:
        return {0xFB, 0xE6, 0xC6};
    case Quadrant::Kibosh:
        return {0xF7, 0xD6, 0xD6};
    }
    return {0xFF, 0xFF, 0xFF};
}

QColor quadrantInk(Quadrant q)
{
    switch (q) {
    case Quadrant::Possible:
        return {0x17, 0x58, 0x9A};
    case Quadrant::Implement:
        return {0x23, 0x69, 0x2F};
    case Quadrant::Challenge:
        return {0x8A, 0x53, 0x00};
    case Quadrant::Kibosh:
        return {0xA3, 0x20, 0x20};
    }
    return {0, 0, 0};
}

QColor quadrantAccent(Quadrant q)
{
    switch (q) {
    case Quadrant::Possible:
        return {0x1E, 0x6F, 0xBF};
    case Quadrant::Implement:
        return {0x2E, 0x8B, 0x3E};
    case Quadrant::Challenge:
        return {0xD9, 0x82, 0x00};
    case Quadrant::Kibosh:
        return {0xC6, 0x28, 0x28};
    }
    return {0x75, 0x75, 0x75};
}

} // namespace rt
