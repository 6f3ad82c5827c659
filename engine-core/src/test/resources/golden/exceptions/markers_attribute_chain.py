# Attribute and call spans inside a longer line, tabs and a reraise keep the original line.
class Box:
    def __init__(self):
        self.item = None


def unwrap(box):
    try:
        return box.item.value.strip()
    except AttributeError:
        raise


boxes = [Box()]
print(len(boxes)); unwrap(boxes[0])
