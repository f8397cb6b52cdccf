"""domain (Qt-free core): the records the app works with and the rules every layer shares.

``records`` holds the plain data classes (patient, episode, response, letter, ...) that storage
returns and the pathway, reports and GUI read; ``cpr`` is the Danish CPR-number rule. Both sit
below ``storage`` and ``pathway`` so neither has to import the other for them.
"""
