// Whether a sideways-scrolling element has more to show on its left or right.
import { useCallback, useEffect, useRef, useState } from "react";

export function useScrollEdges<T extends HTMLElement = HTMLDivElement>() {
  const [element, setElement] = useState<T | null>(null);
  const [edges, setEdges] = useState({ moreLeft: false, moreRight: false });
  const frame = useRef(0);

  const measure = useCallback(() => {
    if (!element) return;
    const moreLeft = element.scrollLeft > 2;
    const moreRight = element.scrollLeft + element.clientWidth < element.scrollWidth - 2;
    setEdges((current) =>
      current.moreLeft === moreLeft && current.moreRight === moreRight ? current : { moreLeft, moreRight },
    );
  }, [element]);

  useEffect(() => {
    if (!element) return;
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener("scroll", onScroll, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", onScroll);
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [element, measure]);

  return { ref: setElement, ...edges };
}
