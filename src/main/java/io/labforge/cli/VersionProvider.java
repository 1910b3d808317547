package io.labforge.cli;

import io.labforge.app.AppInfo;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"labforge " + AppInfo.version()};
    }
}
