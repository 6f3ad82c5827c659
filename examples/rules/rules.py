# The shop's order rules, written by the business in Python 3.
# Each function receives an order: a Java object whose getters read as attributes
# (order.total calls getTotal(), order.customer.vip calls isVip()), whose lists and
# maps work with len, in, for and [].


def discount(order):
    """The discount rate of an order, between 0 and 0.12."""
    rate = 0.0
    if order.total > 100:
        rate += 0.05
    if order.customer.vip:
        rate += 0.05
    if sum(order.quantities[item] for item in order.items) >= 10:
        rate += 0.02
    return round(rate, 2)


def flags(order):
    """What the order must be reviewed for."""
    found = []
    if 'fireworks' in order.items:
        found.append('hazardous')
    if order.country not in ('FR', 'DE', 'NL'):
        found.append('export')
    if order.total > 1000 and not order.customer.vip:
        found.append('large order, new customer')
    return found
