// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

namespace rt {

/** The Data pack workspace. */
class DataPackWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit DataPackWorkspace(Document* document, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace rt
