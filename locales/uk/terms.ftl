# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
