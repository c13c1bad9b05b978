package io.accountsuite.domain.settings;

/** The settings as the admin reads them: the same names the admin saves them with (and what their audit keeps). */
record SettingsView(boolean domainMappingEnabled, String addDomainInstructions, String networkDomain,
                    String networkIp, String networkIpv6, long checkIntervalSeconds, int dnsAttempts,
                    int sslAttempts, boolean allowPlainHttp) {
    static SettingsView of(DomainSettings s) {
        return new SettingsView(s.mappingEnabled(), s.instructions(), s.networkDomain(), s.networkIpv4(),
                s.networkIpv6(), s.checkInterval().toSeconds(), s.dnsAttempts(), s.sslAttempts(),
                s.allowPlainHttp());
    }
}
