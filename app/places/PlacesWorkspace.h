// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

namespace rt {

/** The Places workspace. */
class PlacesWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit PlacesWorkspace(Document* document, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace rt
